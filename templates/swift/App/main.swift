import Foundation
import Runtime

exit(CommandLineTool().main(Array(CommandLine.arguments.dropFirst())))
