/**
 * Reconciliation of the bundled {@code content/} against the published documents it was typed from (the seed
 * texts under {@code src/test/resources/seeds/}, unchanged copies of {@code shared/seeds/}).
 *
 * <p>Small readers, one per layout of the published texts, turn seed lines into {@link
 * org.opendisclosure.fidelity.Claim}s ("line 453 publishes this indicator row"); {@link
 * org.opendisclosure.fidelity.Reconciliation} looks each claim up in the loaded content and names every one the
 * content does not carry, by seed file and line. The readers never consult the content to decide what a line says,
 * so the test is a judge independent of the loader. Indicator rows whose levels cannot be read mechanically are
 * listed, with the reason, in {@link org.opendisclosure.fidelity.LayoutReadings}.
 */
package org.opendisclosure.fidelity;
