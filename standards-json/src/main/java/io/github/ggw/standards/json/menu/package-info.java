/**
 * The JSON form of the two menus of seed §三.1 (需求菜单、资源菜单): needs menus ({@code kind =
 * "needs-menu"}) and resource menus ({@code kind = "resource-menu"}), format version 1, read by
 * {@link io.github.ggw.standards.json.menu.MenusJson} with every problem located, written back as
 * the same documents.
 *
 * <p>Holds the facade and the package-private document classes. May use the model, the JSON
 * module's internal read pipeline and Jackson; nothing of the rules module but what the model
 * holds.
 */
package io.github.ggw.standards.json.menu;
