internal import CLibXML2
internal import Foundation

/// A reader of one XML part of a workbook, told of elements and text as
/// libxml2's SAX parser streams through the file.
///
/// Element names arrive without a namespace prefix (`x:c` → `c`): some writers
/// prefix every element. Attributes are looked up by their name without prefix
/// too. Text comes in pieces (entities decoded, CDATA as text, whitespace kept);
/// a handler joins them. Throwing stops the parse; the error is what the
/// caller sees.
protocol XMLPartHandler: AnyObject {
    func start(_ name: String, attributes: XMLAttributes) throws(XLSXError)
    func end(_ name: String) throws(XLSXError)
    func text(_ text: String)
    /// Where damaged XML is reported: the part's place and, in a sheet, the row being read.
    var place: (file: String, line: Int?) { get }
}

extension XMLPartHandler {
    func end(_ name: String) throws(XLSXError) {}
    func text(_ text: String) {}
}

/// Streams an XML file through an `XMLPartHandler` with libxml2's push parser,
/// fed a chunk at a time: memory stays small whatever the file's size.
///
/// Entities are not substituted: the predefined ones and character references
/// are decoded, an entity declared in a DOCTYPE is an error (OPC parts have no
/// DTD), and nothing is ever loaded from outside the file (`XML_PARSE_NONET`).
enum XMLPartParser {
    /// How much is read and handed to libxml2 at once: with 64 KiB the push parser
    /// reads a sheet as fast as libxml2 reading the file itself.
    private static let chunkSize = 64 * 1024

    static func parse(fileAt url: URL, with handler: some XMLPartHandler) throws(XLSXError) {
        guard let file = fopen(url.path, "rb") else {
            throw XLSXError(file: handler.place.file, message: "cannot read the unpacked part \(url.path)")
        }
        defer { fclose(file) }
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        let session = Session(handler)
        defer { withExtendedLifetime(session) {} }
        // The first bytes tell libxml2 the encoding (a UTF-16 BOM, `<?xml … encoding=`).
        let first = fread(buffer, 1, chunkSize, file)
        let head = min(first, 4)
        var sax = Session.callbacks()
        xmlInitParser()
        // FoundationXML sets a per-thread error handler and may leave it there: ours is the SAX one.
        xmlSetStructuredErrorFunc(nil, nil)
        guard let context = xmlCreatePushParserCtxt(
            &sax, Unmanaged.passUnretained(session).toOpaque(), buffer, Int32(head), url.path)
        else {
            throw XLSXError(file: handler.place.file, message: "cannot start reading the part \(url.path)")
        }
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        session.context = context

        var count = first - head
        var offset = head
        while true {
            let last = count < chunkSize - offset || feof(file) != 0
            xmlParseChunk(context, buffer + offset, Int32(count), last ? 1 : 0)
            if last || !session.goesOn { break }
            offset = 0
            count = fread(buffer, 1, chunkSize, file)
        }
        if let failure = session.failure { throw failure }
        if ferror(file) != 0 {
            throw XLSXError(file: handler.place.file, message: "cannot read the unpacked part \(url.path)")
        }
        if let damage = session.firstXMLError { throw damage }
        guard context.pointee.wellFormed != 0 else {
            throw damagedXML(code: context.pointee.errNo, line: xmlSAX2GetLineNumber(context),
                             column: xmlSAX2GetColumnNumber(context), place: handler.place)
        }
    }

    /// Where libxml2 found the XML broken: the row being read, and the XML's own line and column.
    fileprivate static func damagedXML(code: Int32, line: Int32, column: Int32,
                                       place: (file: String, line: Int?)) -> XLSXError {
        XLSXError.damaged(place.file, line: place.line,
                          "XML error \(code) at line \(line), column \(column) of its XML")
    }

    /// One parse: the handler, what stopped it, and the element names already made strings.
    /// Not `Sendable`: libxml2 calls it back on the parsing thread only.
    private final class Session {
        let handler: any XMLPartHandler
        var context: xmlParserCtxtPtr?
        /// The error a handler threw.
        var failure: XLSXError?
        /// libxml2 may report an error and read on (a bad namespace prefix): the first is kept,
        /// to name the row where the damage is rather than the end of the sheet.
        var firstXMLError: XLSXError?
        /// Element names by libxml2's pointer: libxml2 keeps each name once in its dictionary
        /// for the whole parse, so a pointer seen before is the same name.
        private let names: UnsafeMutablePointer<(key: UnsafePointer<UInt8>?, name: String)>
        private static let nameSlots = 64

        init(_ handler: any XMLPartHandler) {
            self.handler = handler
            names = .allocate(capacity: Self.nameSlots)
            names.initialize(repeating: (nil, ""), count: Self.nameSlots)
        }

        deinit {
            names.deinitialize(count: Self.nameSlots)
            names.deallocate()
        }

        var goesOn: Bool { failure == nil && firstXMLError == nil && context?.pointee.disableSAX == 0 }

        static func from(_ pointer: UnsafeMutableRawPointer?) -> Session {
            Unmanaged<Session>.fromOpaque(pointer!).takeUnretainedValue()
        }

        func name(_ pointer: UnsafePointer<UInt8>?) -> String {
            guard let pointer else { return "" }
            let slot = Int(truncatingIfNeeded: (UInt(bitPattern: pointer) &* 0x9E37_79B9_7F4A_7C15) >> 58)
            if names[slot].key == pointer { return names[slot].name }
            let name = String(cString: pointer)
            names[slot] = (pointer, name)
            return name
        }

        func stop(_ error: XLSXError) {
            failure = error
            if let context { xmlStopParser(context) }
        }

        /// The SAX2 callbacks; everything else (DTD declarations, comments, processing
        /// instructions) is left out, and libxml2 builds no tree.
        static func callbacks() -> xmlSAXHandler {
            var sax = xmlSAXHandler()
            sax.initialized = UInt32(XML_SAX2_MAGIC)
            sax.startElementNs = { pointer, localName, _, _, _, _, count, _, attributes in
                let session = Session.from(pointer)
                guard session.failure == nil else { return }
                let fields = UnsafePointer(attributes)
                do throws(XLSXError) {
                    try session.handler.start(session.name(localName),
                                              attributes: XMLAttributes(fields: fields, count: Int(count)))
                } catch {
                    session.stop(error)
                }
            }
            sax.endElementNs = { pointer, localName, _, _ in
                let session = Session.from(pointer)
                guard session.failure == nil else { return }
                do throws(XLSXError) { try session.handler.end(session.name(localName)) } catch { session.stop(error) }
            }
            // Whitespace, CDATA and text alike.
            let characters: charactersSAXFunc = { pointer, bytes, count in
                let session = Session.from(pointer)
                guard session.failure == nil, let bytes else { return }
                session.handler.text(String(decoding: UnsafeBufferPointer(start: bytes, count: Int(count)),
                                            as: UTF8.self))
            }
            sax.characters = characters
            sax.ignorableWhitespace = characters
            sax.cdataBlock = characters
            sax.serror = { pointer, error in
                guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let session = Session.from(pointer)
                guard session.failure == nil, session.firstXMLError == nil else { return }
                session.firstXMLError = XMLPartParser.damagedXML(
                    code: error.pointee.code, line: error.pointee.line, column: error.pointee.int2,
                    place: session.handler.place)
            }
            return sax
        }
    }
}
