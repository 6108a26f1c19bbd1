public import Foundation

/// The file properties Excel shows under File → Info. Every field is optional.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var manager: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    /// The creation time written into the file. Pin it for reproducible
    /// output: nil means "now", and then two runs never give the same bytes.
    /// Times before 1970-01-01 00:00:01 UTC are written as that second.
    public var created: Date?

    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
        company: String? = nil, category: String? = nil, keywords: String? = nil,
        comments: String? = nil, created: Date? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}
