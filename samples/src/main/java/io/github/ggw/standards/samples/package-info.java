/**
 * The command-line program {@code standards} (命令行程序): scores self-assessments against a
 * standard and prints readable tables or JSON; takes case files through submission, district
 * review and city approval ({@code submit}, {@code review}, {@code approve}) and prints the
 * certification list of a folder of case files ({@code certify}). Exit codes: 0 done (a failing
 * or vetoed unit is still 0), 1 invalid input, refused transition or unreadable file, 2 usage
 * error, 3 internal error.
 *
 * <p>The command-line grammar every command follows: help, usage errors and everything printed
 * come from bundles in zh-CN and en ({@code help*.properties} for picocli's help, {@code
 * cli*.properties} for the rest), in the language {@code Languages}
 * resolves from {@code --lang} or the environment before parsing; the environment reaches the
 * commands through {@code Environment}; inputs are files, folders
 * and {@code -}, resolved by {@code InputResolver}; {@code
 * --output} names a file for one-document commands and a folder for the others, written by
 * {@code OutputFiles}; {@code --format} takes only what a command
 * writes.
 */
package io.github.ggw.standards.samples;
