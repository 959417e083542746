<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Updates = $MadelineProto->messages->sendMultiMedia(
    peer: '@durov',
    multi_media: [
        [
            '_' => 'inputSingleMedia',
            'media' => [
                '_' => 'inputMediaUploadedPhoto',
                'file' => 'photo.jpg',
            ],
            'message' => 'Hello there!',
        ],
    ],
);
