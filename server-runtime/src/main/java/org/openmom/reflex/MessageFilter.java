package org.openmom.reflex;

/**
 * A {@code MessageFilter} (guide prototype {@code short f(RE_RTmessage* PMmessage)}): sees each
 * seed for its service and event before it is posted, and may change it.
 */
public interface MessageFilter {
    /** Returns false to drop the message; the filters after this one then do not run. */
    boolean filter(MessageDraft message) throws Exception;
}
