package vn.cdtt.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A value is read once per transaction, afresh in the next one, and every time outside one. */
class TransactionScopedTest {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.class);
    }

    @Test
    void readOncePerTransaction() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionScoped.get("owners", reads::incrementAndGet)).isEqualTo(1);
        assertThat(TransactionScoped.get("owners", reads::incrementAndGet)).as("remembered").isEqualTo(1);
        assertThat(TransactionScoped.get("other", reads::incrementAndGet)).as("by key").isEqualTo(2);

        complete();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionScoped.get("owners", reads::incrementAndGet)).as("the next transaction reads again")
                .isEqualTo(3);
    }

    @Test
    void aSuspendedTransactionsValuesAreNotSeenInsideTheNewOne() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionScoped.get("owners", reads::incrementAndGet);
        var outer = TransactionSynchronizationManager.getSynchronizations();
        outer.forEach(TransactionSynchronization::suspend);
        TransactionSynchronizationManager.clearSynchronization();

        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionScoped.get("owners", reads::incrementAndGet)).as("inside the new one").isEqualTo(2);
        complete();

        TransactionSynchronizationManager.initSynchronization();
        outer.forEach(sync -> {
            sync.resume();
            TransactionSynchronizationManager.registerSynchronization(sync);
        });
        assertThat(TransactionScoped.get("owners", reads::incrementAndGet)).as("the outer one's again").isEqualTo(1);
    }

    @Test
    void outsideATransactionNothingIsRemembered() {
        assertThat(TransactionScoped.get("owners", reads::incrementAndGet)).isEqualTo(1);
        assertThat(TransactionScoped.get("owners", reads::incrementAndGet)).isEqualTo(2);
    }

    private static void complete() {
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
    }
}
