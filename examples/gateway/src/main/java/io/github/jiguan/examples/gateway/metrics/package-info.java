/**
 * Operations: the gateway's Micrometer meters ({@code jt808.*}) and the Prometheus scrape endpoint.
 *
 * <p>Null policy: arguments are never null. Thread-safe.
 */
package io.github.jiguan.examples.gateway.metrics;
