package org.backclass.domain.checkin;

import java.util.function.Function;

/**
 * Storage port for check-ins. {@link #inWriteTransaction} runs the work in one serialised
 * write transaction and commits durably before returning; if the work throws, nothing is
 * written. Blocking: call from a reader, worker or Jetty thread, never the FX thread.
 */
public interface CheckInStore {

    <T> T inWriteTransaction(Function<CheckInTransaction, T> work);
}
