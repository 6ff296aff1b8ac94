/** Defines <feedback-prompt>. The only side effect of importing this module. */
import { FeedbackPrompt } from '../feedback-prompt/feedback-prompt.js';
import { defineElement } from './define-element.js';

defineElement('feedback-prompt', FeedbackPrompt);

export { FeedbackPrompt };

declare global {
  interface HTMLElementTagNameMap {
    'feedback-prompt': FeedbackPrompt;
  }
}
