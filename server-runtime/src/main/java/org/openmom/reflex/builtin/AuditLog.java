package org.openmom.reflex.builtin;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.DeregistrationFilter;
import org.openmom.reflex.MessageDraft;
import org.openmom.reflex.MessageFilter;
import org.openmom.reflex.ReflexContext;
import org.openmom.reflex.RegistrationFilter;

/**
 * Writes one line per registration, de-registration or message to {@code <config>.audit.log}
 * beside the configuration file (rotated at {@value #MAX_BYTES} bytes, {@value #KEEP} old files
 * kept). Declare it as a RegistrationFilter, DeregistrationFilter and/or MessageFilter; it never
 * refuses anything. Lines: {@code INSTANT REGISTER SERVICE/USER},
 * {@code INSTANT DEREGISTER SERVICE/USER}, {@code INSTANT MESSAGE #ID FROM -> TO EVENT N bytes}.
 */
public final class AuditLog implements RegistrationFilter, DeregistrationFilter, MessageFilter, AutoCloseable {
    public static final String SUFFIX = ".audit.log";
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int KEEP = 5;

    private final ReflexContext context;
    private final AuditFile file;

    public AuditLog(ReflexContext context) throws IOException {
        this(context, MAX_BYTES);
    }

    AuditLog(ReflexContext context, long maxBytes) throws IOException {
        this.context = context;
        this.file = AuditFile.open(context.besideConfiguration(SUFFIX), maxBytes, KEEP);
    }

    @Override
    public boolean accept(ServiceUser service, byte[] registrationMessage) throws IOException {
        write("REGISTER " + service);
        return true;
    }

    @Override
    public void deregistered(ServiceUser service) throws IOException {
        write("DEREGISTER " + service);
    }

    @Override
    public boolean filter(MessageDraft message) throws IOException {
        write("MESSAGE #" + message.id() + " " + message.from() + " -> " + message.to() + " " + message.event() + " "
                + message.body().length + " bytes");
        return true;
    }

    private void write(String event) throws IOException {
        file.writeLine(Instant.now(context.clock()).truncatedTo(ChronoUnit.MILLIS) + " " + event);
    }

    @Override
    public void close() throws IOException {
        file.release();
    }
}
