package org.civitas.assessment;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An element of an XML file as a small read-only tree, each with the line it starts on (which a
 * DOM does not keep), so that a bad question can be reported where it is.
 *
 * @param text the element's own character data (CDATA included), not its children's
 */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text, int line) {

    /**
     * Reads a whole file. The parser refuses any DOCTYPE, so no entity can read a local file or
     * the network (XXE) or multiply itself (billion laughs); bytes are decoded as the file's XML
     * declaration says.
     */
    static XmlElement parse(InputStream xml) throws SAXException, IOException {
        var builder = new Builder();
        try {
            var factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.newSAXParser().parse(new InputSource(xml), builder);
        } catch (ParserConfigurationException unsupported) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", unsupported);
        }
        return builder.root();
    }

    Optional<XmlElement> child(String name) {
        return children.stream().filter(child -> child.name.equals(name)).findFirst();
    }

    List<XmlElement> children(String name) {
        return children.stream().filter(child -> child.name.equals(name)).toList();
    }

    /** The trimmed text of the named child, or "" where there is none. */
    String childText(String name) {
        return child(name).map(child -> child.text.trim()).orElse("");
    }

    /** Moodle keeps most values as {@code <name><text>value</text></name>}. */
    String textOf(String name) {
        return child(name).map(child -> child.childText("text")).orElse("");
    }

    String attribute(String name, String otherwise) {
        return attributes.getOrDefault(name, otherwise);
    }

    private static final class Builder extends DefaultHandler {
        private record Open(String name, Map<String, String> attributes, List<XmlElement> children,
                            StringBuilder text, int line) {
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private @Nullable Locator locator;
        private @Nullable XmlElement root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            var values = new HashMap<String, String>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            int line = locator == null ? 0 : locator.getLineNumber();
            open.push(new Open(qName, Map.copyOf(values), new ArrayList<>(), new StringBuilder(), line));
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text().append(chars, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open done = open.pop();
            var element = new XmlElement(done.name(), done.attributes(), List.copyOf(done.children()),
                    done.text().toString(), done.line());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
        }

        /** Set once the parser has closed the root element, which it does before it returns. */
        XmlElement root() {
            return Objects.requireNonNull(root, "the parser returned before the document ended");
        }
    }
}
