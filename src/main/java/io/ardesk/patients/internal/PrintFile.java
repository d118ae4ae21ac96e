package io.ardesk.patients.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSmartCopy;

/**
 * The letters of a run in one PDF for the print shop, in print order. Each letter starts
 * on a new sheet: a letter with an odd number of pages gets a blank page after it, so
 * that duplex printing never puts one patient's page on the back of another's.
 */
final class PrintFile {

	private PrintFile() {
	}

	static byte[] combine(List<byte[]> letters, boolean duplex) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		try {
			PdfCopy copy = new PdfSmartCopy(document, out);
			document.open();
			for (byte[] letter : letters) {
				PdfReader reader = new PdfReader(letter);
				int pages = reader.getNumberOfPages();
				for (int page = 1; page <= pages; page++) {
					copy.addPage(copy.getImportedPage(reader, page));
				}
				if (duplex && pages % 2 == 1) {
					copy.addPage(reader.getPageSize(1), 0);
				}
				copy.freeReader(reader);
				reader.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("The print file could not be assembled", ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

}
