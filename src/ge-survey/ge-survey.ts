// Defines <ge-survey> (idempotent: loading this twice defines nothing twice) and declares its tag and events (`ge-error` and `ge-status-action` are declared once, in src/events.ts).
import { define } from '../internal/define.js';
import { GeSurvey, type SurveyChangeDetail, type SurveyCodeSubmitDetail, type SurveySentDetail, type SurveySubmitDetail } from './ge-survey.component.js';

export * from './ge-survey.component.js';

define('ge-survey', GeSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'ge-survey': GeSurvey;
  }
  interface HTMLElementEventMap {
    'ge-survey-change': CustomEvent<SurveyChangeDetail>;
    'ge-survey-submit': CustomEvent<SurveySubmitDetail>;
    'ge-survey-sent': CustomEvent<SurveySentDetail>;
    'ge-code-submit': CustomEvent<SurveyCodeSubmitDetail>;
  }
}
