package io.ardesk.worklist.ui;

import java.io.Serializable;
import java.util.Optional;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueuePage;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The list a claim was opened from (My work, or a client's queue) with its filter, so
 * that "Save & next" opens the next claim of the same list.
 */
@Component
@VaadinSessionScope
public class WorkListContext implements Serializable {

	private @Nullable ClientId client;

	private QueueFilter filter = QueueFilter.owner(null);

	/** My work with this filter. */
	void myWork(QueueFilter filter) {
		this.client = null;
		this.filter = filter.fromStart();
	}

	/** A client's queue with this filter. */
	void clientQueue(ClientId client, QueueFilter filter) {
		this.client = client;
		this.filter = filter.fromStart();
	}

	/** The first claim of the list other than the one just worked, if any is due. */
	Optional<WorkItem> next(WorkQueue queue, String current) {
		QueuePage page = (this.client == null) ? queue.myWork(this.filter, 0, 3)
				: queue.page(this.client, this.filter, 0, 3);
		return page.items().stream().filter((item) -> !item.claimNumber().equals(current)).findFirst();
	}

}
