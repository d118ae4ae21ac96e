package io.ardesk.codes;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.ardesk.shared.problem.Inputs;
import io.ardesk.tenancy.CodeListStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fuller official code lists that a firm administrator loads from a file. Each list is
 * kept by the firm (tenancy's {@link CodeListStore}, in the control schema) and merged
 * into the catalogue again at every start, in upload order.
 */
@Service
public class ReasonCodeLists implements SmartInitializingSingleton {

	/** The longest file name kept with a list. */
	public static final int MAX_FILE_NAME_LENGTH = 255;

	private static final Logger log = LoggerFactory.getLogger(ReasonCodeLists.class);

	private final ReasonCodeCatalog catalog;

	private final CodeListStore store;

	ReasonCodeLists(ReasonCodeCatalog catalog, CodeListStore store) {
		this.catalog = catalog;
		this.store = store;
	}

	public record UploadedList(long id, CodeList kind, String fileName, int codes, String uploadedBy,
			Instant uploadedAt) {
	}

	/**
	 * Loads a list (columns {@code code,description[,category]}) into the catalogue and
	 * keeps it.
	 * @return the number of codes read
	 * @throws io.ardesk.shared.problem.InvalidInputException naming the line of each
	 * invalid row (field {@code file}), or a file name that is too long (field
	 * {@code fileName}); nothing is kept
	 */
	@PreAuthorize("hasRole('FIRM_ADMIN')")
	@Transactional
	public int upload(CodeList kind, String fileName, byte[] content) {
		String name = Inputs.required(fileName, "fileName", "The file name", MAX_FILE_NAME_LENGTH);
		String text = new String(content, StandardCharsets.UTF_8);
		int codes = this.catalog.loadOfficialList(new StringReader(text), kind);
		String who = SecurityContextHolder.getContext().getAuthentication().getName();
		this.store.keep(kind.name(), name, text, codes, who);
		log.info("{} list {} with {} codes loaded by {}", kind, name, codes, who);
		return codes;
	}

	@Transactional(readOnly = true)
	public List<UploadedList> uploads() {
		return this.store.lists()
			.stream()
			.map((list) -> new UploadedList(list.id(), CodeList.valueOf(list.kind()), list.fileName(), list.codes(),
					list.uploadedBy(), list.uploadedAt()))
			.toList();
	}

	/** Applies the kept lists after start-up, oldest first, so later uploads win. */
	@Override
	public void afterSingletonsInstantiated() {
		this.store.contents()
			.forEach((list) -> this.catalog.loadOfficialList(new StringReader(list.content()),
					CodeList.valueOf(list.kind())));
	}

}
