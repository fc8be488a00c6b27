/*
 * Two repairs of PrimeFaces 15 markup that axe-core reports (AccessibilityBrowserIT), run on every page and after
 * every PrimeFaces ajax update:
 *  - a simple p:fileUpload marks its own <input type=file> aria-hidden, although that input is the control a
 *    keyboard user focuses (aria-hidden-focus, WCAG 4.1.2): it is no longer hidden, and a skinned one is named by
 *    its choose button's text;
 *  - a required p:selectManyCheckbox puts aria-required on its group, where ARIA does not allow it
 *    (aria-allowed-attr, WCAG 4.1.2); the label's asterisk and the field's message say that a choice is required.
 */
(function () {
    function repair(root) {
        root.querySelectorAll('input[type=file][aria-hidden=true]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
            var label = document.getElementById(input.id.replace(/_input$/, '') + '_label');
            if (label && !input.hasAttribute('aria-labelledby') && !input.labels.length) {
                input.setAttribute('aria-labelledby', label.id);
            }
        });
        root.querySelectorAll('.ui-selectmanycheckbox[aria-required]').forEach(function (group) {
            group.removeAttribute('aria-required');
        });
    }
    document.addEventListener('DOMContentLoaded', function () { repair(document); });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () { repair(document); });
    }
})();
