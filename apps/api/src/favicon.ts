/**
 * The site icon: a red shield with a yellow star (SVG, so one small file serves every size).
 * Browsers ask for /favicon.ico whatever the page says; it is answered with this SVG.
 */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path d="M32 3 8 12v18c0 15 10 26 24 31 14-5 24-16 24-31V12z" fill="#b91c1c"/>' +
  '<path d="m32 17 4.4 9 9.9 1.4-7.2 7 1.7 9.8L32 39.6l-8.8 4.6 1.7-9.8-7.2-7 9.9-1.4z" fill="#facc15"/></svg>';
