package org.backclass.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures what one logger writes, and keeps it out of the build output (the warnings tests
 * provoke are expected). Start it before the code under test runs; {@link #close()} it after.
 */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger;
    private final Level oldLevel;

    private LogCapture(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        this.oldLevel = logger.getLevel();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        logger.setLevel(Level.INFO);
    }

    /** Captures INFO and above from {@code source}'s logger. */
    public static LogCapture of(Class<?> source) {
        return new LogCapture(source);
    }

    /** The formatted messages at {@code level}, oldest first. */
    public List<String> messages(Level level) {
        // AppenderBase.doAppend holds the appender's monitor while it adds: readers log on their own threads.
        synchronized (appender) {
            return appender.list.stream()
                    .filter(e -> e.getLevel() == level)
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
        }
    }

    public List<String> warnings() {
        return messages(Level.WARN);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setAdditive(true);
        logger.setLevel(oldLevel);
    }
}
