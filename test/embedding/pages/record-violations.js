// Loaded first, as a classic script from the page's own origin (so 'self' allows it), before
// Insyn: keeps every Content Security Policy violation of the page, including those raised inside
// shadow roots (the event is composed), where the test can read them.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const line = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`;
  window.cspViolations.push(line);
});
