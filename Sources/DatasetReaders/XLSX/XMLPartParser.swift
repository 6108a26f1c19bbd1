internal import Foundation
#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// A reader of one XML part of a workbook, told of elements and text as
/// Foundation's SAX parser streams through the file.
///
/// Element names arrive without a namespace prefix (`x:c` → `c`): some writers
/// prefix every element. Throwing stops the parse; the error is what the
/// caller sees.
protocol XMLPartHandler: AnyObject {
    func start(_ name: String, attributes: [String: String]) throws(XLSXError)
    func end(_ name: String) throws(XLSXError)
    func text(_ text: String)
    /// Where damaged XML is reported: the part's place and, in a sheet, the row being read.
    var place: (file: String, line: Int?) { get }
}

extension XMLPartHandler {
    func end(_ name: String) throws(XLSXError) {}
    func text(_ text: String) {}
}

/// Streams an XML file through an `XMLPartHandler` with `XMLParser(stream:)`,
/// which on Linux feeds libxml2 a chunk at a time: memory stays small
/// whatever the file's size.
enum XMLPartParser {
    static func parse(fileAt url: URL, with handler: some XMLPartHandler) throws(XLSXError) {
        guard let stream = InputStream(url: url) else {
            throw XLSXError(file: handler.place.file, message: "cannot read the unpacked part \(url.path)")
        }
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handler)
        parser.delegate = delegate
        let finished = withExtendedLifetime(delegate) { parser.parse() }
        if let failure = delegate.failure { throw failure }
        guard finished else {
            throw delegate.firstXMLError ?? damagedXML(parser, parser.parserError, place: handler.place)
        }
    }

    /// Where libxml2 found the XML broken: the row being read, and the XML's own line and column.
    fileprivate static func damagedXML(_ parser: XMLParser, _ error: (any Error)?,
                                       place: (file: String, line: Int?)) -> XLSXError {
        let reason = (error as NSError?).map { "XML error \($0.code)" } ?? "XML error"
        return XLSXError.damaged(
            place.file, line: place.line,
            "\(reason) at line \(parser.lineNumber), column \(parser.columnNumber) of its XML")
    }

    /// `x:c` → `c`; names without a prefix (almost all) are returned as they are.
    static func localName(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: ":")), let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// The value of the attribute whose name without prefix is `name` (`r:id` for `id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name }?.value
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any XMLPartHandler
        var failure: XLSXError?
        var firstXMLError: XLSXError?

        init(_ handler: any XMLPartHandler) { self.handler = handler }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            guard failure == nil else { return }
            do throws(XLSXError) {
                try handler.start(XMLPartParser.localName(elementName), attributes: attributeDict)
            } catch {
                stop(parser, error)
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            guard failure == nil else { return }
            do throws(XLSXError) { try handler.end(XMLPartParser.localName(elementName)) } catch { stop(parser, error) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard failure == nil else { return }
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard failure == nil else { return }
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }

        /// libxml2 reports some errors (a mismatched end tag) as it meets them but reads on,
        /// and warnings through the same door: the first is kept, to name the row where the
        /// damage is rather than the end of the sheet, and used only if the parse then fails.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard failure == nil, firstXMLError == nil else { return }
            firstXMLError = XMLPartParser.damagedXML(parser, parseError, place: handler.place)
        }

        private func stop(_ parser: XMLParser, _ error: XLSXError) {
            failure = error
            parser.abortParsing()
        }
    }
}
