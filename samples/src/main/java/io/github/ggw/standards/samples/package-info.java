/**
 * The command-line program {@code standards} (命令行程序): scores self-assessments against a
 * standard and prints readable tables or JSON. Exit codes: 0 done (a failing or vetoed unit is
 * still 0), 1 invalid input or unreadable file, 2 usage error, 3 internal error.
 */
package io.github.ggw.standards.samples;
