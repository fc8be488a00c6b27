/** REST: municipalities, pilot areas and employment areas. */
package fi.valvonta.web.api.registry;
