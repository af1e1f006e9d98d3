package org.openmom.reflex;

import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * A {@code DeliveryFilter} (guide: Message Delivery Filter, {@code short f(RE_RTmessage*)}):
 * decides, for each recipient, whether a message enters its mailbox.
 */
public interface DeliveryFilter {
    /** Returns false to skip this recipient; the filters after this one then do not run for it. */
    boolean deliver(Message message, ServiceUser recipient) throws Exception;
}
