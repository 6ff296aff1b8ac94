/**
 * The strings of <feedback-prompt>'s question, Swedish first; each can be overridden with
 * `texts`. Pure data, so the fallback generator (src/fallback/) asks the same question.
 */
export const VIEW_TEXTS = {
  sv: {
    question: 'Hjälpte informationen på den här sidan dig?',
    yes: 'Ja',
    no: 'Nej',
    thanks: 'Tack för ditt svar!',
    answered: 'Du har redan svarat på frågan om den här sidan. Tack!',
    later: 'Ditt svar skickas senare, när anslutningen fungerar igen.',
  },
  en: {
    question: 'Did the information on this page help you?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your answer!',
    answered: 'You have already answered the question about this page. Thank you!',
    later: 'Your answer will be sent later, when the connection works again.',
  },
} as const;

/** The keys of the question's texts; every one can be overridden with `texts`. */
export type ViewTextKey = keyof (typeof VIEW_TEXTS)['sv'];
