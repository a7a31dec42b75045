/**
 * The site's addresses: where each page, table download, open-data and search file goes. Below
 * render, export and search, which all ask here; it uses no other package of the generator.
 */
package org.opendisclosure.address;
