internal import CLibXML2
internal import Foundation
internal import ReportModel

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

/// Parses one XML part, handed over chunk by chunk as it is unpacked, with
/// libxml2's push parser, telling an `XMLPartHandler` what it finds: memory
/// stays small whatever the part's size, and nothing is written to disk.
///
/// Entities are not substituted: the predefined ones and character references
/// are decoded, an entity declared in a DOCTYPE is an error (OPC parts have no
/// DTD), and nothing is ever loaded from outside the file (`XML_PARSE_NONET`).
///
/// ```swift
/// let parser = XMLPartParser(handler)
/// for chunk in chunks where parser.feed(chunk) == false { break }
/// try parser.finish()
/// ```
final class XMLPartParser {
    /// How much to hand over at once: with 64 KiB the push parser reads a
    /// sheet as fast as libxml2 reading the file itself.
    static let chunkSize = 64 * 1024

    private let session: Session
    private var sax = Session.callbacks()
    private var context: xmlParserCtxtPtr?

    init(_ handler: some XMLPartHandler) {
        session = Session(handler)
        xmlInitParser()
        // FoundationXML sets a per-thread error handler and may leave it there: ours is the SAX one.
        xmlSetStructuredErrorFunc(nil, nil)
        // No first bytes: libxml2 tells the encoding (a UTF-16 BOM, `<?xml … encoding=`) as they come.
        context = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(session).toOpaque(), nil, 0, nil)
        if let context {
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
            session.context = context
        } else {
            session.failure = XLSXError(file: handler.place.file, message: Message("cannot start reading the part"))
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Parses the next bytes of the part; false once the parse has stopped (a
    /// handler threw, or the XML is damaged): give it no more, and `finish`.
    func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard session.isParsing, let context else { return false }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            xmlParseChunk(context, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
        }
        return session.isParsing
    }

    /// Ends the part: throws what stopped the parse, or the damage that keeps
    /// it from being well-formed XML.
    func finish() throws(XLSXError) {
        if let failure = session.failure { throw failure }
        guard let context else { return }   // not reached: a missing context is a failure
        xmlParseChunk(context, nil, 0, 1)
        if let failure = session.failure { throw failure }
        guard context.pointee.wellFormed != 0 else {
            throw session.firstXMLError ?? Self.damagedXML(
                code: context.pointee.errNo, line: xmlSAX2GetLineNumber(context),
                column: xmlSAX2GetColumnNumber(context), place: session.handler.place)
        }
    }

    /// Where libxml2 found the XML broken: the row being read, and the XML's own line and column.
    fileprivate static func damagedXML(code: Int32, line: Int32, column: Int32,
                                       place: (file: String, line: Int?)) -> XLSXError {
        XLSXError.damaged(place.file, line: place.line,
                          Message("XML error \(code) at line \(line), column \(column) of its XML"))
    }

    /// One parse: the handler, what stopped it, and the element names already made strings.
    /// Not `Sendable`: libxml2 calls it back on the parsing thread only.
    private final class Session {
        let handler: any XMLPartHandler
        var context: xmlParserCtxtPtr?
        /// The error a handler threw.
        var failure: XLSXError?
        /// libxml2 reports some errors and reads on: an undeclared namespace prefix leaves the
        /// XML well-formed and readable. The first is kept, and used only when the XML turns out
        /// not to be, to name the row where the damage is rather than the end of the sheet.
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

        /// Neither a handler nor damaged XML has stopped the parse.
        var isParsing: Bool {
            failure == nil && (context.map { $0.pointee.disableSAX == 0 } ?? false)
        }

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
