// Loads the CDN bundle named in the page's ?bundle= parameter (default: the built IIFE) as a classic script.
// document.write keeps it a parser-blocking classic script, as a plain <script src> in the page would be.
(function () {
  var src = new URLSearchParams(location.search).get('bundle') || '/dist/cdn/gender-in-practice.min.js';
  if (src.charAt(0) !== '/' || src.charAt(1) === '/') throw new Error('same-origin bundle only');
  document.write('<script src="' + src.replace(/"/g, '') + '"></' + 'script>');
})();
