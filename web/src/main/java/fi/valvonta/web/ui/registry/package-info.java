/** Views of the registry: municipalities and employment areas. */
package fi.valvonta.web.ui.registry;
