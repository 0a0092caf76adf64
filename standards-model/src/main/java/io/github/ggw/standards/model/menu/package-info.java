/**
 * The needs menu and the resource menu of a school's committee (需求菜单/资源菜单): what pupils and
 * young teachers need, and what retired teachers and other elders offer, to be matched. Source:
 * the Wujin district education bureau's 2020 work points (seed), §三.1 ("不断更新充实青少年学生和青年
 * 教职工的“需求菜单”、退休教师工作队伍的“资源菜单”，并做好两个“菜单”的对接工作"). The categories and units
 * are modelled: the seed names the menus but not their entries. Immutable, thread-safe, no I/O.
 */
@ModelStyle
package io.github.ggw.standards.model.menu;

import io.github.ggw.standards.model.ModelStyle;
