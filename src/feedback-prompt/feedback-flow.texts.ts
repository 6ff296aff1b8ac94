/**
 * The strings of the comment step of <feedback-prompt>, Swedish first; each can be overridden
 * with `texts`. Pure data, so the fallback generator (src/fallback/) words its form the same.
 */
export const FLOW_TEXTS = {
  sv: {
    commentNo: 'Vad saknade du?',
    commentYes: 'Vad var bra?',
    optional: '(frivilligt)',
    handling:
      'Vi läser alla svar och använder dem för att göra webbplatsen bättre. Du får inget svar, eftersom vi inte vet vem du är. Skriv inte namn, personnummer, telefonnummer eller e-post.',
    privacy: 'Så hanterar vi personuppgifter',
    count: '{count} av {max} tecken',
    countLeft: 'Du har {count} tecken kvar.',
    countOver: 'Du har {count} tecken för mycket.',
    send: 'Skicka',
    sending: 'Skickar …',
    sent: 'Tack för din kommentar! Den är skickad.',
    masked: 'Innan kommentaren skickades tog vi bort {list}, för att skydda dina personuppgifter.',
    maskedEmail: 'e-postadresser',
    maskedPhone: 'telefonnummer',
    maskedIdentity: 'personnummer',
    maskedNumber: 'nummer som liknar personnummer',
    queued:
      'Ditt svar skickas senare. Det gick inte att skicka just nu, så det sparas i den här webbläsaren så länge.',
    refused: 'Svaret togs inte emot (fel {status}). Felet ligger hos webbplatsen, inte hos dig.',
    refusedInvalid:
      'Svaret togs inte emot: servern godkände inte innehållet (fel {status}). Ändra texten och försök igen.',
    refusedTooLarge:
      'Svaret togs inte emot: kommentaren är för lång för servern (fel {status}). Korta den och försök igen.',
    badEndpoint:
      'Svaret kan inte skickas: adressen som svaren ska till är fel. Felet ligger hos webbplatsen, inte hos dig.',
    commentEmpty: 'Rutan är tom. Skriv en kommentar först.',
    commentTooLong: 'Kommentaren är {count} tecken för lång. Den får ha högst {max} tecken.',
  },
  en: {
    commentNo: 'What was missing?',
    commentYes: 'What was good?',
    optional: '(optional)',
    handling:
      'We read every answer and use it to improve the website. You will not get a reply, because we do not know who you are. Do not write names, personal identity numbers, phone numbers or e-mail addresses.',
    privacy: 'How we handle personal data',
    count: '{count} of {max} characters',
    countLeft: 'You have {count} characters left.',
    countOver: 'You have {count} characters too many.',
    send: 'Send',
    sending: 'Sending …',
    sent: 'Thank you for your comment! It has been sent.',
    masked: 'Before the comment was sent we removed {list}, to protect your personal data.',
    maskedEmail: 'e-mail addresses',
    maskedPhone: 'phone numbers',
    maskedIdentity: 'personal identity numbers',
    maskedNumber: 'numbers that look like personal identity numbers',
    queued:
      'Your answer will be sent later. It could not be sent just now, so it is kept in this browser until then.',
    refused: 'The answer was not accepted (error {status}). The fault is with the website, not with you.',
    refusedInvalid:
      'The answer was not accepted: the server did not approve its content (error {status}). Change the text and try again.',
    refusedTooLarge:
      'The answer was not accepted: the comment is too long for the server (error {status}). Shorten it and try again.',
    badEndpoint:
      'The answer cannot be sent: the address answers go to is wrong. The fault is with the website, not with you.',
    commentEmpty: 'The box is empty. Write a comment first.',
    commentTooLong: 'The comment is {count} characters too long. It may have at most {max} characters.',
  },
} as const;

export type FlowTextKey = keyof (typeof FLOW_TEXTS)['sv'];
