/**
 * What every page shares: the one error path (a refused operation becomes a localised message on its
 * field or the page, anything else the error page) and the bundle's texts.
 */
package fi.valvonta.web.ui.platform;
