"""The My Number Card's JPKI application over PC/SC, with no Qt.

``jpki``    the commands the app sends to the card (select, read certificates, verify PIN, sign);
``pcsc``    readers through pyscard (pcsc-lite, WinSCard, CryptoTokenKit), and card insertion/removal;
``soft``    a software JPKI card with its own key, certificate, PIN counter and lock;
``vpcd``    puts the software card into pcscd's virtual reader (vsmartcard's vpcd driver);
``local``   the software card in-process, for a demo with neither a reader nor pcscd.

The PIN goes to the card only: nothing here keeps it, logs it, or sends it anywhere else.
"""
