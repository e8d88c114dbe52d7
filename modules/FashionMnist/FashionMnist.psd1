@{
    # The binary module is published by `./build.ps1 Build` into lib/ (git-ignored), with its
    # dependencies and the native SkiaSharp library for this machine's runtime identifier.
    RootModule           = 'lib/FashionMnist.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0c1d7e-3b7a-4c55-9a36-2f5d8f1e4b21'
    Author               = 'FashionMnist contributors'
    Description          = 'A from-scratch multilayer perceptron for Fashion-MNIST: load, split, train, measure and plot from the pipeline.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('FashionMnist.format.ps1xml')
    CmdletsToExport      = @(
        'Import-FashionData'
        'Split-FashionData'
        'New-Mlp'
        'Invoke-Training'
        'Measure-Mlp'
        'Export-LossPlot'
        'Export-ConfusionMatrix'
        'Export-ErrorGrid'
        'Export-SampleGrid'
        'Export-PixelValues'
        'Export-Mlp'
        'Import-Mlp'
        'Export-FashionCsv'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{ PSData = @{ Tags = @('MachineLearning', 'FashionMNIST', 'MLP') } }
}
