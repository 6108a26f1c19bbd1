public import Foundation

/// The example external plugins (this folder), as a resource: what
/// `baocao plugins new ID --external` starts from, found from any working
/// directory. They are examples, not bundled: baocao does not run them unless
/// asked (`--plugins Examples/Plugins`).
public enum ExamplePlugins {
    /// The folder of the Python example, `meeting-score`.
    public static var python: URL {
        (Bundle.module.resourceURL ?? Bundle.module.bundleURL).appendingPathComponent("meeting-score")
    }
}
