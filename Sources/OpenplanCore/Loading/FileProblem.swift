import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain words for why a file or folder could not be read or written, for messages that also
/// name the path. Foundation's own errors (NSCocoaErrorDomain and a number) never reach the user.
public enum FileProblem {
    static func reason(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied: this user may not open or change it"
        case EROFS: return "the disk it is on is read-only"
        case ENOSPC, EDQUOT: return "the disk is full"
        case ENOENT: return "it does not exist"
        case ENOTDIR: return "part of its path is a file, not a folder"
        case ELOOP: return "it is a link that goes round in a circle"
        case EISDIR: return "it is a folder, not a file"
        case EBUSY, ETXTBSY: return "it is in use by another program"
        case ENAMETOOLONG: return "its name is too long for the disk"
        case EIO: return "the disk could not be read or written"
        case EEXIST, ENOTEMPTY: return "something with that name is already there"
        default: return String(cString: strerror(code))
        }
    }

    public static func reason(for error: Error) -> String {
        if let posix = error as? POSIXError { return reason(errno: posix.code.rawValue) }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return reason(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileReadNoPermission, .fileWriteNoPermission: return reason(errno: EACCES)
        case .fileWriteVolumeReadOnly: return reason(errno: EROFS)
        case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
        case .fileNoSuchFile, .fileReadNoSuchFile: return reason(errno: ENOENT)
        case .fileWriteFileExists: return reason(errno: EEXIST)
        default: return "the system said: \(ns.localizedDescription)"
        }
    }
}
