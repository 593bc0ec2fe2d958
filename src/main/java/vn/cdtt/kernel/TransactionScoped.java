package vn.cdtt.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values remembered for the current transaction only: what a model's expressions ask once per task of a
 * multi-instance (who owns each part of an assignment) is read once when the engine creates them all in one
 * transaction, and read afresh by the next one. Outside a transaction nothing is remembered.
 */
public final class TransactionScoped {

    private static final Object RESOURCE = TransactionScoped.class;

    private TransactionScoped() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
        Map<Object, Object> values = (Map<Object, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (values == null) {
            Map<Object, Object> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(RESOURCE, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            values = created;
        }
        T known = (T) values.get(key);
        if (known == null) {
            known = read.get();
            values.put(key, known);
        }
        return known;
    }
}
