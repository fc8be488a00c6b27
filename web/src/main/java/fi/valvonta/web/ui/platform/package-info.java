/**
 * What every page shares: the one error path (a refused operation becomes a localised message on its
 * field or the page, anything else the error page), the bundle's texts, language and formats.
 */
package fi.valvonta.web.ui.platform;
