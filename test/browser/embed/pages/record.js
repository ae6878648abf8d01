// First script of every embed test page: records the page's uncaught errors and CSP violations from the start.
window.__pageErrors = [];
window.__violations = [];
window.addEventListener('error', (e) => window.__pageErrors.push(String((e.error && e.error.stack) || e.message)));
window.addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
function describe(node) {
  if (!node || !node.nodeName) return '';
  var host = node.getRootNode && node.getRootNode().host;
  var cls = node.getAttribute && node.getAttribute('class');
  return ' on <' + node.nodeName.toLowerCase() + (cls ? ' class="' + cls + '"' : '') + '>' + (host ? ' in <' + host.localName + '>' : '');
}
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(
  e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + describe(e.composedPath()[0]) + ' ' + e.sample), true);
