import { FAILURE_MESSAGE_NAMES } from '../extraction/failure-messages';
import type { AnalysisFailure } from '../tab/analyse-in-worker';
import type { PopupState, UnavailableReason, WorkingStep } from './tell-story';
import { t, type MessageName } from '../ui/i18n';

/** The popup's states that show a status in place of the story. */
export type StatusState = Extract<PopupState, { kind: 'working' | 'unavailable' | 'failed' | 'untold' }>;

const STEP_MESSAGE_NAMES: Record<WorkingStep, MessageName> = {
  reading: 'readingPage',
  analysing: 'findingStory',
};

const UNAVAILABLE_MESSAGE_NAMES: Record<UnavailableReason, MessageName> = {
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  pdf: 'restrictedPdf',
  'no-page': 'restrictedNoPage',
  'cannot-run': 'cannotRun',
  'file-access': 'restrictedFileAccess',
  'tab-closed': 'tabClosed',
  'page-changed': 'pageChanged',
  'not-answering': 'pageNotAnswering',
  'page-crashed': 'pageCrashed',
};

const ANALYSIS_FAILURE_MESSAGE_NAMES: Record<AnalysisFailure, MessageName> = {
  'too-slow': 'analysisTooSlow',
  failed: 'analysisFailed',
};

/** What the popup says for a status, in the browser's language: progress, or why there is no story. */
export function statusMessage(state: StatusState): string {
  switch (state.kind) {
    case 'working':
      return t(STEP_MESSAGE_NAMES[state.step]);
    case 'unavailable':
      return t(UNAVAILABLE_MESSAGE_NAMES[state.reason]);
    case 'failed':
      return t(FAILURE_MESSAGE_NAMES[state.reason]);
    case 'untold':
      return t(ANALYSIS_FAILURE_MESSAGE_NAMES[state.reason]);
  }
}
