/**
 * The {@code jiguan} command-line tool: one runnable jar ({@code examples/cli/target/jiguan.jar})
 * over the Jiguan library, built with picocli. It shows how a platform calls the library; its
 * classes are not a library API.
 */
package io.github.jiguan.examples.cli;
