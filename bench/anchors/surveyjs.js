// SurveyJS Form Library: survey-core with its vanilla UI (survey-js-ui) and its default theme CSS,
// which esbuild writes beside the script as surveyjs.min.css. Global `SurveyBench`.
import 'survey-core/survey-core.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

window.SurveyBench = { Model, renderSurvey };
