package io.github.ggw.standards.model.workflow;

/**
 * The level of an office (机构层级): a district committee's office reviews (区级审核), the city's
 * approves (市级审批). See docs/workflow.md, “Offices and signed decisions”.
 */
public enum OfficeLevel {
  /** A district education bureau's committee office (区教育局关工委): reviews and returns. */
  DISTRICT,
  /** The city education bureau's committee office (市教育局关工委): approves and rejects. */
  CITY
}
