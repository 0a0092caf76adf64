/**
 * The command-line program {@code standards} (命令行程序): scores self-assessments against a
 * standard and prints readable tables or JSON; takes case files through submission, district
 * review and city approval ({@code submit}, {@code review}, {@code approve}) and prints the
 * certification list of a folder of case files ({@code certify}). Exit codes: 0 done (a failing
 * or vetoed unit is still 0), 1 invalid input, refused transition or unreadable file, 2 usage
 * error, 3 internal error.
 */
package io.github.ggw.standards.samples;
