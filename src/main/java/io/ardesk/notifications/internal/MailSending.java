package io.ardesk.notifications.internal;

import java.time.Clock;
import java.util.List;

import io.ardesk.notifications.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands unsent outbox mail to the mail server, when {@code spring.mail.host} is set (Boot
 * then provides a {@link JavaMailSender}). Without one, mail stays in the outbox for an
 * administrator to read: never lost, never an error. Rows are locked while sent, so two
 * senders never send the same one.
 */
@Component
class MailSending {

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	static final int BATCH = 100;

	private final ObjectProvider<JavaMailSender> sender;

	private final NotificationStore store;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String from;

	MailSending(ObjectProvider<JavaMailSender> sender, NotificationStore store, TransactionTemplate transaction,
			Clock clock, org.springframework.core.env.Environment environment) {
		this.sender = sender;
		this.store = store;
		// its own transaction, also when called after the commit of a caller's
		this.transaction = new TransactionTemplate(transaction.getTransactionManager());
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.from = environment.getProperty("ardesk.notifications.mail-from", "ardesk@localhost");
	}

	boolean configured() {
		return this.sender.getIfAvailable() != null;
	}

	int dispatch() {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		Integer sent = this.transaction.execute((status) -> {
			List<OutboxMessage> batch = this.store.lockUnsent(BATCH);
			int count = 0;
			for (OutboxMessage message : batch) {
				SimpleMailMessage email = new SimpleMailMessage();
				email.setFrom(this.from);
				email.setTo(message.address());
				email.setSubject(message.subject());
				email.setText(message.body());
				try {
					mail.send(email);
					this.store.sent(message.id(), this.clock.instant());
					count++;
				}
				catch (MailException ex) {
					log.warn("E-mail {} not sent: {}", message.id(), ex.getClass().getSimpleName());
					this.store.failed(message.id(), ex.getClass().getSimpleName());
				}
			}
			return count;
		});
		return (sent != null) ? sent : 0;
	}

}
