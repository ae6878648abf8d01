// `gender-in-practice/react`: the three elements as React components (through @lit/react), with typed event props.
// Importing this module defines the tags (idempotently), so `<GeSurvey />` works with no other import.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { GeErrorDetail, GeStatusActionDetail } from '../events.js';
import {
  GeSurvey as GeSurveyElement, type SurveyChangeDetail, type SurveyCodeSubmitDetail, type SurveySentDetail, type SurveySubmitDetail,
} from '../ge-survey/ge-survey.component.js';
import { SocraticWheel as SocraticWheelElement, type DimensionSelectDetail, type PrioritiesChangeDetail, type WheelChangeDetail } from '../socratic-wheel/socratic-wheel.component.js';
import { ActionPlanBoard as ActionPlanBoardElement, type PlanChangeDetail } from '../action-plan-board/action-plan-board.component.js';
import '../ge-survey/ge-survey.js';
import '../socratic-wheel/socratic-wheel.js';
import '../action-plan-board/action-plan-board.js';
// As the root entry, the React entry carries the round add-on, so that `endpoint` works with it alone.
import '../round/index.js';

const errorEvent = 'ge-error' as EventName<CustomEvent<GeErrorDetail>>;

/**
 * `<ge-survey>` for React: properties as props (`assessment`, `response`, …), events as `onGeSurveyChange`,
 * `onGeSurveySubmit`, `onGeSurveySent` (with `endpoint`, served by the round add-on this entry carries),
 * `onGeStatusAction` and `onGeCodeSubmit` (for a connection of your own), `onGeError`.
 */
export const GeSurvey = createComponent({
  react: React,
  tagName: 'ge-survey',
  elementClass: GeSurveyElement,
  displayName: 'GeSurvey',
  events: {
    onGeSurveyChange: 'ge-survey-change' as EventName<CustomEvent<SurveyChangeDetail>>,
    onGeSurveySubmit: 'ge-survey-submit' as EventName<CustomEvent<SurveySubmitDetail>>,
    onGeSurveySent: 'ge-survey-sent' as EventName<CustomEvent<SurveySentDetail>>,
    onGeStatusAction: 'ge-status-action' as EventName<CustomEvent<GeStatusActionDetail>>,
    onGeCodeSubmit: 'ge-code-submit' as EventName<CustomEvent<SurveyCodeSubmitDetail>>,
    onGeError: errorEvent,
  },
});

/** `<socratic-wheel>` for React: `series`, `responses`, `release`, `assessment`, `editable`, …; `onGeWheelChange`, `onGeDimensionSelect`, `onGePrioritiesChange`, `onGeError`. */
export const SocraticWheel = createComponent({
  react: React,
  tagName: 'socratic-wheel',
  elementClass: SocraticWheelElement,
  displayName: 'SocraticWheel',
  events: {
    onGeWheelChange: 'ge-wheel-change' as EventName<CustomEvent<WheelChangeDetail>>,
    onGeDimensionSelect: 'ge-dimension-select' as EventName<CustomEvent<DimensionSelectDetail>>,
    onGePrioritiesChange: 'ge-priorities-change' as EventName<CustomEvent<PrioritiesChangeDetail>>,
    onGeError: errorEvent,
  },
});

/** `<action-plan-board>` for React: `actions`, `priorities`, `assessment`, `budgetDays`, `connected`, …; `onGePlanChange`, `onGeStatusAction`, `onGeError`. */
export const ActionPlanBoard = createComponent({
  react: React,
  tagName: 'action-plan-board',
  elementClass: ActionPlanBoardElement,
  displayName: 'ActionPlanBoard',
  events: {
    onGePlanChange: 'ge-plan-change' as EventName<CustomEvent<PlanChangeDetail>>,
    onGeStatusAction: 'ge-status-action' as EventName<CustomEvent<GeStatusActionDetail>>,
    onGeError: errorEvent,
  },
});

export { GeSurveyElement, SocraticWheelElement, ActionPlanBoardElement };
