package vn.cdtt.geography;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.cdtt.organization.Agency;

/**
 * Breaks three rules on purpose, for ArchitectureRulesTest: a delegate outside a flow package, Camunda's delegate
 * API outside the engine-facing packages, and geography using organization, which uses geography.
 */
final class DelegateOutsideFlowFixture implements JavaDelegate {

    private Agency agency;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("agency", agency == null ? null : agency.getCode());
    }
}
