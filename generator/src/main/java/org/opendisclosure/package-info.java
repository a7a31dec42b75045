/**
 * The engine: {@link org.opendisclosure.SiteGenerator} runs the pipeline load → derive (roll-ups)
 * → check → derive (site model) → render, open data and search → write, each stage once, the pages
 * on all cores. Free of Maven; holds no state between runs.
 */
package org.opendisclosure;
