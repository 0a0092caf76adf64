package io.github.ggw.standards.testkit;

/**
 * A broken contract (契约被违反), with the shrunk counterexample that breaks it. An {@link
 * AssertionError}, so that test frameworks report it as a failure.
 */
public final class ContractViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final String contract;
  private final transient Object counterexample;

  /**
   * Creates the violation.
   *
   * @param contract the contract's name, such as {@code totalWithinBounds}
   * @param counterexample the smallest example found, shrunk by QuickTheories (may be null when
   *     the contract needs no example)
   * @param cause what the check raised on the counterexample, or null
   */
  public ContractViolation(String contract, Object counterexample, Throwable cause) {
    super("contract " + contract + " broken by " + counterexample
        + (cause == null ? "" : ": " + cause.getMessage()), cause);
    this.contract = contract;
    this.counterexample = counterexample;
  }

  /**
   * The contract's name.
   *
   * @return the name
   */
  public String getContract() {
    return contract;
  }

  /**
   * The shrunk counterexample: a {@link ScoringCase}, a standard or another generated value.
   *
   * @return the counterexample, or null
   */
  public Object getCounterexample() {
    return counterexample;
  }
}
