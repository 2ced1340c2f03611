using System.Globalization;
using WccAssure.Cli;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
using var output = new InertWriter(Console.Out);
using var error = new InertWriter(Console.Error);
return WccApp.Run(args, output, error);
