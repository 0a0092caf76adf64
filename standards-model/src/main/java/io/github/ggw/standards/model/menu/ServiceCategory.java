package io.github.ggw.standards.model.menu;

/**
 * What a need asks for and a resource offers (服务类别). Modelled on the work the seed names:
 * lectures and story-telling (§二.1–3), tutoring and counselling of pupils in difficulty (§三.3),
 * care visits (§三.4), culture (§二.4), science (§二.1), and the growth of young teachers (§三.3).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum ServiceCategory {
  /** 思想道德宣讲 (moral education lecture). */
  LECTURE,
  /** 学业辅导 (tutoring). */
  TUTORING,
  /** 心理疏导与谈心 (counselling). */
  COUNSELLING,
  /** 关爱帮扶与家访 (care visit). */
  CARE_VISIT,
  /** 传统文化与文体艺术 (culture and arts). */
  CULTURE_AND_ARTS,
  /** 科技创新指导 (science guidance). */
  SCIENCE,
  /** 青年教师教学指导 (teaching guidance for young teachers). */
  TEACHING_GUIDANCE,
  /** 班主任工作指导 (class management guidance). */
  CLASS_MANAGEMENT
}
