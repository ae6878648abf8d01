// The respondent's page: the survey with autosave and groups; each submission joins the facilitator page of this
// device (localStorage), as answers collected on a tablet passed round the room would.
import '../src/ge-survey/ge-survey.js';
import { RESPONSES_KEY, deviceResponses } from './shell.js';

const survey = document.getElementById('survey')!;
survey.addEventListener('ge-survey-submit', (e) => {
  const list = deviceResponses().filter((r) => (r as { respondent?: { id?: string } }).respondent?.id !== e.detail.response.respondent?.id);
  try {
    localStorage.setItem(RESPONSES_KEY, JSON.stringify([...list, e.detail.response]));
  } catch {
    /* storage blocked: the thank-you still shows the respondent's own values */
  }
  document.getElementById('done')!.hidden = false;
});
